/**
 * What botbuilder's process() writes, caught instead of sent, so the Teams
 * endpoint can answer refusals (401, 403) in WatNu's JSON error format.
 */
export interface CaughtResponse {
  status: number;
  body: unknown;
}

export interface ResponseSink {
  readonly socket: null;
  status(code: number): ResponseSink;
  send(body?: unknown): ResponseSink;
  header(name: string, value: unknown): ResponseSink;
  end(): ResponseSink;
}

export function responseSink(): { sink: ResponseSink; caught: CaughtResponse } {
  const caught: CaughtResponse = { status: 200, body: undefined };
  const sink: ResponseSink = {
    socket: null,
    status(code) {
      caught.status = code;
      return sink;
    },
    send(body) {
      if (body !== undefined) caught.body = body;
      return sink;
    },
    header() {
      return sink;
    },
    end() {
      return sink;
    },
  };
  return { sink, caught };
}
