import type { HttpRouteHandler, IHttpServerAdapter } from '@microsoft/teams.apps';

/**
 * The Teams SDK's transport seam (`httpServerAdapter`), used to mount its
 * messaging endpoint on WatNu's own express app and port: the SDK registers
 * its POST handler (JWT validation, then the activity) here instead of on a
 * server of its own, and WatNu's express route calls it.
 */
export class RouteCapture implements IHttpServerAdapter {
  private handler: HttpRouteHandler | null = null;

  registerRoute(_method: 'POST', _path: string, handler: HttpRouteHandler): void {
    this.handler = handler;
  }

  get messages(): HttpRouteHandler {
    if (!this.handler) throw new Error('the Teams SDK has not registered its messaging endpoint');
    return this.handler;
  }
}
