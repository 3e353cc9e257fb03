/** The library's peers: an app has them anyway, so no measured bundle includes them. */
export const peerPackages: readonly string[] = ['react', 'react-dom', '@tanstack/react-query'];
