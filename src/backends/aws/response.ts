/**
 * How botocore turns a raw Secrets Manager (JSON 1.1) response into either
 * the parsed body or a service error: the code from `__type` (without a
 * namespace or `:suffix`), else the HTTP status; the message from `message`
 * or `Message`; a non-JSON body becomes the message, except for an empty
 * or HTML 5xx body, which gets the standard reason phrase. The
 * `x-amzn-ErrorType` header is ignored, as aws-cli ignores it.
 */
import { GeneralError, ServiceError } from '../../errors.js';
import { parseJson } from '../../value/json.js';
import { isDict, pyTypeName, type PyValue } from '../../value/model.js';
import { pyStr } from '../../value/repr.js';
import type { RawResponse } from './transport.js';

/** Python's http.client.responses. */
const HTTP_REASONS: Readonly<Record<number, string>> = {
  100: 'Continue',
  101: 'Switching Protocols',
  102: 'Processing',
  103: 'Early Hints',
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  203: 'Non-Authoritative Information',
  204: 'No Content',
  205: 'Reset Content',
  206: 'Partial Content',
  207: 'Multi-Status',
  208: 'Already Reported',
  226: 'IM Used',
  300: 'Multiple Choices',
  301: 'Moved Permanently',
  302: 'Found',
  303: 'See Other',
  304: 'Not Modified',
  305: 'Use Proxy',
  307: 'Temporary Redirect',
  308: 'Permanent Redirect',
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  407: 'Proxy Authentication Required',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  411: 'Length Required',
  412: 'Precondition Failed',
  413: 'Request Entity Too Large',
  414: 'Request-URI Too Long',
  415: 'Unsupported Media Type',
  416: 'Requested Range Not Satisfiable',
  417: 'Expectation Failed',
  418: "I'm a Teapot",
  421: 'Misdirected Request',
  422: 'Unprocessable Entity',
  423: 'Locked',
  424: 'Failed Dependency',
  425: 'Too Early',
  426: 'Upgrade Required',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
  505: 'HTTP Version Not Supported',
  506: 'Variant Also Negotiates',
  507: 'Insufficient Storage',
  508: 'Loop Detected',
  510: 'Not Extended',
  511: 'Network Authentication Required',
};

function parseBody(body: Buffer): PyValue {
  if (body.length === 0) return new Map();
  const text = body.toString('utf8');
  try {
    return parseJson(text);
  } catch {
    return new Map([['message', text]]);
  }
}

function errorFrom(raw: RawResponse): ServiceError {
  const text = raw.body.toString('utf8').trim();
  if (raw.status >= 500 && (text === '' || text.startsWith('<html>'))) {
    // botocore names these Code first, unlike a parsed error body.
    const code = String(raw.status);
    const message = HTTP_REASONS[raw.status] ?? '';
    return new ServiceError(code, message, raw.status, new Map([['Code', code], ['Message', message]]));
  }
  const body = parseBody(raw.body);
  if (!isDict(body)) throw new GeneralError(`'${pyTypeName(body)}' object has no attribute 'get'`);
  const message = body.has('message') ? body.get('message')! : (body.get('Message') ?? '');
  let code: PyValue = body.has('__type') ? body.get('__type')! : String(raw.status);
  if (typeof code === 'string') {
    if (code.includes(':')) code = code.slice(0, code.indexOf(':'));
    if (code.includes('#')) code = code.slice(code.lastIndexOf('#') + 1);
  }
  return new ServiceError(code === null ? '' : pyStr(code), pyStr(message), raw.status);
}

/** The parsed body of a success, or throws the service error it carries. */
export function interpretResponse(raw: RawResponse): PyValue {
  if (raw.status >= 300) throw errorFrom(raw);
  return parseBody(raw.body);
}
