import ts from 'typescript';

/** A public export, or a member of one, that lacks what its documentation needs. */
export interface DocProblem {
  /** `Export` or `Export.member`. */
  name: string;
  /** What is missing. */
  missing: 'doc' | '@defaultValue';
}

function hasDoc(symbol: ts.Symbol, checker: ts.TypeChecker): boolean {
  return ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim() !== '';
}

function declaredIn(symbol: ts.Symbol, folder: string): boolean {
  return (symbol.declarations ?? []).some((declaration) => declaration.getSourceFile().fileName.startsWith(folder));
}

/** The object types a type stands for: itself, or each member of a union. */
function objectParts(type: ts.Type): ts.Type[] {
  return type.isUnion() ? type.types.filter((part) => (part.flags & ts.TypeFlags.Object) !== 0) : [type];
}

/** Types a caller fills in (props, options, params, inputs): their optional members say their default. */
const INPUT_TYPE = /(Props|Options|Params|Input|Init|Refs)$|^(Prefill|PrefillValue|BrowseSelection)$/;

/**
 * Every export of `entry` must carry TSDoc; every property of an exported interface or object
 * type declared under `sourceFolder` too, and an optional member of an input type (see
 * `INPUT_TYPE`) its `@defaultValue` (what happens when it is left out), the way react-day-picker
 * documents its props. Optional members of results need no default: absent means absent.
 */
export function findUndocumentedExports(entry: string, sourceFolder: string, compilerOptions: ts.CompilerOptions): DocProblem[] {
  const program = ts.createProgram([entry], compilerOptions);
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
  const problems: DocProblem[] = [];
  const seenMembers = new Set<ts.Symbol>();
  for (const exported of checker.getExportsOfModule(module)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    if (!declaredIn(symbol, sourceFolder)) continue;
    if (!hasDoc(symbol, checker)) problems.push({ name: exported.name, missing: 'doc' });
    if (!(symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias))) continue;
    for (const part of objectParts(checker.getDeclaredTypeOfSymbol(symbol))) {
      // Functions (a message formatter's type) have no members to document.
      if (part.getCallSignatures().length > 0 && part.getProperties().length === 0) continue;
      for (const member of part.getProperties()) {
        if (!declaredIn(member, sourceFolder) || seenMembers.has(member)) continue;
        seenMembers.add(member);
        const name = `${exported.name}.${member.name}`;
        if (!hasDoc(member, checker)) problems.push({ name, missing: 'doc' });
        else if (INPUT_TYPE.test(exported.name) && member.flags & ts.SymbolFlags.Optional && !member.getJsDocTags(checker).some((tag) => tag.name === 'defaultValue')) {
          problems.push({ name, missing: '@defaultValue' });
        }
      }
    }
  }
  return problems;
}
