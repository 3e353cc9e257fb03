/** The summary panel's placeholder while booking info loads: avatar, name, title and facts. */
export function SummarySkeleton() {
  return (
    <div className="ms-summary ms-summary--skeleton" aria-hidden="true">
      <div className="ms-header__main">
        <div className="ms-skeleton ms-skeleton--avatar" />
        <div className="ms-skeleton ms-skeleton--name" />
      </div>
      <div className="ms-skeleton ms-skeleton--line" />
      <div className="ms-skeleton ms-skeleton--line" />
    </div>
  );
}
