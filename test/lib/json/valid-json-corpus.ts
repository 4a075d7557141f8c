/**
 * Replies holding valid JSON shaped like real API traffic and files (written for this project,
 * modelled on the public API references of OpenAI, Anthropic, Gemini, GitHub, Stripe, Slack, AWS,
 * Kubernetes, npm, GeoJSON and JSON-RPC), plus replies that only *talk* about JSON or hold code
 * that is not JSON. strict-json must report nothing for any of them.
 */
export interface ValidJsonCase {
  name: string;
  reply: string;
  /** The reply is itself one JSON text: JSON.parse must accept it (a check on the corpus). */
  wholeJson?: boolean;
}

const fence = (language: string, body: string) => `\`\`\`${language}\n${body}\n\`\`\``;

const openAiResponse = JSON.stringify(
  {
    id: 'chatcmpl-9xYz',
    object: 'chat.completion',
    created: 1_718_000_000,
    model: 'gpt-4o-2024-08-06',
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id: 'call_abc123',
              type: 'function',
              function: { name: 'get_weather', arguments: JSON.stringify({ location: 'São Paulo, BR', unit: 'celsius', days: 3 }) },
            },
            {
              id: 'call_def456',
              type: 'function',
              function: { name: 'translate', arguments: JSON.stringify({ text: 'Grüße 👋 — "quoted"\nnew line', target: 'ja' }) },
            },
          ],
        },
        finish_reason: 'tool_calls',
      },
    ],
    usage: { prompt_tokens: 82, completion_tokens: 17, total_tokens: 99 },
  },
  null,
  2,
);

const anthropicResponse = JSON.stringify(
  {
    id: 'msg_01XFDUDYJgAACzvnptvVoYEL',
    type: 'message',
    role: 'assistant',
    model: 'claude-3-5-sonnet-20241022',
    content: [
      { type: 'text', text: "I'll check the current weather in San Francisco." },
      { type: 'tool_use', id: 'toolu_01A09q90qw90lq917835lq9', name: 'get_weather', input: { location: 'San Francisco, CA', unit: 'fahrenheit' } },
    ],
    stop_reason: 'tool_use',
    stop_sequence: null,
    usage: { input_tokens: 472, output_tokens: 91 },
  },
  null,
  2,
);

const geminiResponse = JSON.stringify({
  candidates: [
    {
      content: { role: 'model', parts: [{ functionCall: { name: 'find_theaters', args: { location: 'Mountain View, CA', movie: 'Barbie' } } }] },
      finishReason: 'STOP',
      index: 0,
    },
  ],
  usageMetadata: { promptTokenCount: 9, candidatesTokenCount: 12, totalTokenCount: 21 },
});

const githubRepo = `{
  "id": 1296269,
  "node_id": "MDEwOlJlcG9zaXRvcnkxMjk2MjY5",
  "name": "Hello-World",
  "full_name": "octocat/Hello-World",
  "owner": {
    "login": "octocat",
    "id": 1,
    "avatar_url": "https://github.com/images/error/octocat_happy.gif",
    "type": "User",
    "site_admin": false
  },
  "private": false,
  "html_url": "https://github.com/octocat/Hello-World",
  "description": "This your first repo!",
  "fork": false,
  "homepage": null,
  "language": null,
  "forks_count": 9,
  "stargazers_count": 80,
  "size": 108,
  "default_branch": "master",
  "topics": ["octocat", "atom", "electron", "api"],
  "has_issues": true,
  "pushed_at": "2011-01-26T19:06:43Z",
  "permissions": {"admin": false, "push": false, "pull": true},
  "license": {"key": "mit", "name": "MIT License", "spdx_id": "MIT"}
}`;

const githubIssue = `{
  "id": 1,
  "number": 1347,
  "state": "open",
  "title": "Found a bug",
  "body": "I'm having a problem with this.\\r\\n\\r\\n\`\`\`js\\r\\nconsole.log(1)\\r\\n\`\`\`",
  "user": {"login": "octocat", "id": 1},
  "labels": [{"id": 208045946, "name": "bug", "color": "f29513", "default": true}],
  "assignees": [],
  "milestone": null,
  "locked": false,
  "comments": 0,
  "closed_at": null,
  "reactions": {"+1": 0, "-1": 0, "laugh": 0, "hooray": 0}
}`;

const packageJson = `{
  "name": "my-app",
  "version": "1.2.0",
  "private": true,
  "type": "module",
  "scripts": {
    "dev": "vite",
    "build": "tsc && vite build",
    "test": "vitest run"
  },
  "dependencies": {"react": "^18.3.1", "react-dom": "^18.3.1"},
  "devDependencies": {"typescript": "~5.6.2", "vite": "^5.4.10"},
  "engines": {"node": ">=18"}
}`;

const tsconfig = `{
  "compilerOptions": {
    "target": "ES2022",
    "module": "ESNext",
    "moduleResolution": "bundler",
    "strict": true,
    "paths": {"@/*": ["./src/*"]}
  },
  "include": ["src"]
}`;

const geoJson = `{
  "type": "FeatureCollection",
  "features": [
    {
      "type": "Feature",
      "geometry": {"type": "Point", "coordinates": [102.0, 0.5]},
      "properties": {"prop0": "value0"}
    },
    {
      "type": "Feature",
      "geometry": {
        "type": "LineString",
        "coordinates": [[102.0, 0.0], [103.0, 1.0], [104.0, 0.0], [105.0, 1.0]]
      },
      "properties": {"prop0": "value0", "prop1": 0.0}
    },
    {
      "type": "Feature",
      "geometry": {
        "type": "Polygon",
        "coordinates": [[[-122.4194155, 37.7749295], [-122.4183, 37.7751], [-122.4179, 37.7739], [-122.4194155, 37.7749295]]]
      },
      "properties": {"name": "Mission Dolores", "population": null}
    }
  ]
}`;

const jsonRpcBatch = `[
  {"jsonrpc": "2.0", "method": "sum", "params": [1, 2, 4], "id": "1"},
  {"jsonrpc": "2.0", "method": "notify_hello", "params": [7]},
  {"jsonrpc": "2.0", "method": "subtract", "params": {"minuend": 42, "subtrahend": 23}, "id": 2},
  {"jsonrpc": "2.0", "method": "get_data", "id": "9"}
]`;

const jsonRpcError = '{"jsonrpc": "2.0", "error": {"code": -32601, "message": "Method not found"}, "id": "1"}';

const stripeEvent = `{
  "id": "evt_1NG8Du2eZvKYlo2CUI79vXWy",
  "object": "event",
  "api_version": "2019-02-19",
  "created": 1686089970,
  "data": {
    "object": {
      "id": "pi_3MtwBwLkdIwHu7ix28a3tqPa",
      "object": "payment_intent",
      "amount": 2000,
      "amount_received": 0,
      "currency": "usd",
      "metadata": {},
      "livemode": false,
      "payment_method_types": ["card"],
      "status": "requires_payment_method"
    }
  },
  "livemode": false,
  "pending_webhooks": 0,
  "request": {"id": null, "idempotency_key": null},
  "type": "payment_intent.created"
}`;

const slackBlocks = `{
  "channel": "C123ABC456",
  "text": "Deployment finished",
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": "*Deploy* to \`prod\` finished :white_check_mark:"}},
    {"type": "divider"},
    {"type": "actions", "elements": [{"type": "button", "text": {"type": "plain_text", "text": "View logs"}, "url": "https://example.com/logs?id=42&view=full"}]}
  ]
}`;

const iamPolicy = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "AllowReadOnlyS3",
      "Effect": "Allow",
      "Action": ["s3:GetObject", "s3:ListBucket"],
      "Resource": ["arn:aws:s3:::example-bucket", "arn:aws:s3:::example-bucket/*"],
      "Condition": {"IpAddress": {"aws:SourceIp": "203.0.113.0/24"}}
    }
  ]
}`;

const kubernetesPod = `{
  "apiVersion": "v1",
  "kind": "Pod",
  "metadata": {"name": "nginx", "labels": {"app.kubernetes.io/name": "nginx"}},
  "spec": {
    "containers": [
      {
        "name": "nginx",
        "image": "nginx:1.27",
        "ports": [{"containerPort": 80}],
        "resources": {"limits": {"cpu": "500m", "memory": "128Mi"}}
      }
    ]
  }
}`;

const jsonSchema = `{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://example.com/product.schema.json",
  "title": "Product",
  "type": "object",
  "properties": {
    "productId": {"description": "The unique identifier for a product", "type": "integer"},
    "price": {"type": "number", "exclusiveMinimum": 0},
    "tags": {"type": "array", "items": {"type": "string"}, "minItems": 1, "uniqueItems": true},
    "dimensions": {"$ref": "#/$defs/dimensions"}
  },
  "required": ["productId", "price"],
  "$defs": {"dimensions": {"type": "object", "properties": {"length": {"type": "number"}}}}
}`;

const openAiToolDeclaration = `{
  "type": "function",
  "function": {
    "name": "get_weather",
    "description": "Get the current weather in a given location",
    "parameters": {
      "type": "object",
      "properties": {
        "location": {"type": "string", "description": "The city and state, e.g. San Francisco, CA"},
        "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]}
      },
      "required": ["location"]
    }
  }
}`;

const unicodeEscapes = String.raw`{
  "emoji": "\ud83d\ude00 \uD83C\uDF89",
  "accents": "caf\u00e9 na\u00efve",
  "cjk": "東京都 \u6771\u4eac",
  "rtl": "مرحبا بالعالم",
  "escaped_separators": "a\u2028b\u2029c",
  "all_escapes": "\" \\ \/ \b \f \n \r \t",
  "url": "https:\/\/example.com\/path",
  "zero_width_joiner": "👩‍💻",
  "replacement": "\ufffd"
}`;

const numbers = `{
  "max_safe": 9007199254740991,
  "min_safe": -9007199254740991,
  "max_double": 1.7976931348623157e308,
  "min_subnormal": 5e-324,
  "tenth": 0.1,
  "sum": 0.30000000000000004,
  "big_exponent": 1e21,
  "negative_zero": -0,
  "upper_e": 1E+2,
  "small": 2.5e-3,
  "trailing_zeros": 1.50,
  "zero": 0,
  "coordinates": [-73.985664, 40.748441],
  "price": 19.99
}`;

const deepButFine = `${'{"a":'.repeat(60)}[1, 2, {"ok": true}]${'}'.repeat(60)}`;

export const VALID_JSON_CORPUS: ValidJsonCase[] = [
  { name: 'OpenAI chat completion with two tool calls (arguments strings)', reply: openAiResponse, wholeJson: true },
  { name: 'OpenAI legacy function_call', reply: JSON.stringify({ role: 'assistant', content: null, function_call: { name: 'get_current_time', arguments: '{"timezone": "Europe/Lisbon"}' } }), wholeJson: true },
  { name: 'Anthropic message with a tool_use block', reply: anthropicResponse, wholeJson: true },
  { name: 'Gemini generateContent with a functionCall', reply: geminiResponse, wholeJson: true },
  { name: 'Hermes/Qwen <tool_call> tags, two parallel calls', reply: '<tool_call>\n{"name": "get_news_report", "arguments": {"location": "Paris, France"}}\n</tool_call>\n<tool_call>\n{"name": "get_current_weather", "arguments": {"location": "Letterkenny, Ireland", "unit": "celsius"}}\n</tool_call>' },
  { name: 'Llama 3.1 <function=…> tag', reply: '<function=spotify_trending_songs>{"n": "5"}</function>' },
  { name: 'Llama 3.1 python_tag', reply: '<|python_tag|>{"name": "get_weather", "parameters": {"city": "Tokyo", "unit": "c"}}' },
  { name: 'Mistral [TOOL_CALLS]', reply: '[TOOL_CALLS] [{"name": "retrieve_payment_status", "arguments": {"transaction_id": "T1001"}}]' },
  { name: 'BFCL-style fenced call list', reply: fence('json', '[\n  {\n    "name": "calculate_em_force",\n    "parameters": {"b_field": 5, "area": 2, "d_time": 4}\n  }\n]') },
  { name: 'GitHub repository object', reply: githubRepo, wholeJson: true },
  { name: 'GitHub issue object in a json block', reply: `Here is the issue as the API returns it:\n\n${fence('json', githubIssue)}` },
  { name: 'package.json', reply: `Your \`package.json\` could look like this:\n\n${fence('json', packageJson)}\n\nThen run \`npm install\`.` },
  { name: 'tsconfig.json without comments', reply: fence('json', tsconfig) },
  { name: 'tsconfig.json with comments in a jsonc block', reply: fence('jsonc', '{\n  // Type-check only\n  "compilerOptions": {"noEmit": true, "strict": true,},\n  /* paths */\n  "include": ["src"],\n}') },
  { name: 'a json5 block', reply: fence('json5', "{\n  unquoted: 'and you can quote me on that',\n  hex: 0xDECAF,\n  leadingDecimal: .8675309, positiveSign: +1,\n  trailingComma: 'in objects', andIn: ['arrays',],\n}") },
  { name: 'GeoJSON FeatureCollection', reply: fence('geojson', geoJson) },
  { name: 'JSON-RPC batch request', reply: jsonRpcBatch, wholeJson: true },
  { name: 'JSON-RPC error response after a cue', reply: `The server answers:\n${jsonRpcError}` },
  { name: 'Stripe event', reply: fence('json', stripeEvent) },
  { name: 'Slack chat.postMessage payload', reply: `Send this payload:\n\n${fence('', slackBlocks)}` },
  { name: 'AWS IAM policy', reply: fence('json', iamPolicy) },
  { name: 'Kubernetes pod as JSON', reply: fence('json', kubernetesPod) },
  { name: 'a JSON Schema document', reply: fence('json', jsonSchema) },
  { name: 'an OpenAI tool declaration (not a call)', reply: fence('json', openAiToolDeclaration) },
  { name: 'unicode escapes, pairs and raw scripts', reply: fence('json', unicodeEscapes) },
  { name: 'big-but-safe and edge-case numbers', reply: fence('json', numbers) },
  { name: 'nesting 62 levels deep (under the limit of 64)', reply: deepButFine, wholeJson: true },
  { name: 'JSON Lines in a jsonl block', reply: fence('jsonl', '{"id": 1, "event": "login"}\n{"id": 2, "event": "logout"}') },
  { name: 'top-level scalars', reply: `${fence('json', 'null')}\n${fence('json', '42')}\n${fence('json', '"just a string"')}` },
  { name: 'empty object and array', reply: `${fence('json', '{}')}\n\n${fence('json', '[]')}` },
  { name: 'a package.json fragment (members without braces)', reply: `Add these scripts:\n${fence('json', '"scripts": {\n  "build": "tsc",\n  "start": "node dist/app.js"\n}')}` },
  { name: 'Chinese key-value extraction after a full-width colon', reply: '以下是提取的关键信息，并用json格式表示：\n{\n"公司名称": "未提及",\n"成立地点": "中国上海",\n"首款产品计划": "未来几个月内推出"\n}' },
  // Replies that only talk about JSON, or hold code that is not JSON.
  { name: 'explaining that JSON has no comments (inline code)', reply: "JSON doesn't allow comments, e.g. `{// x}` or `{\"a\": 1, /* note */}` are invalid; use JSONC or strip them first." },
  { name: 'a Python dict with trailing commas and single quotes', reply: fence('python', "config = {\n    'name': 'demo',\n    'retries': 3,\n    'tags': ['a', 'b',],\n}\nprint(json.dumps(config))") },
  { name: 'a JavaScript object literal', reply: fence('javascript', "const options = {\n  method: 'POST',\n  headers: { 'Content-Type': 'application/json' },\n  body: JSON.stringify({ id: 1 }),\n};") },
  { name: 'BFCL Python-call syntax', reply: "[get_weather(city='Paris', unit='celsius'), get_time(tz='Europe/Paris')]" },
  { name: 'Gorilla-style API answer with a Python call', reply: "<<<domain>>>: Text preprocessing, <<<api_call>>>: hub.load('https://tfhub.dev/google/universal-sentence-encoder/4'), <<<api_provider>>>: TensorFlow Hub" },
  { name: 'pseudo-JSON with an ellipsis', reply: 'The response looks like:\n{"items": [...], "next_page": "..."}\nwhere items holds the results.' },
  { name: 'a Python repr as the whole reply', reply: "{'domain': 'Classification', 'api_call': \"torch.hub.load('pytorch/vision', 'vgg16')\"}" },
  { name: 'a markdown task list and citations', reply: '[ ] buy milk\n[x] write tests\n[1] Smith et al., 2020.' },
  { name: 'template placeholders', reply: 'Use the template {name} and {{count}} items, or {0} for positional.' },
];
