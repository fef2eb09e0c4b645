declare module 'proxy-from-env' {
  /** The proxy URL for this URL by the *_proxy / no_proxy environment variables, or ''. */
  export function getProxyForUrl(url: string | URL): string;
}
