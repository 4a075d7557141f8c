import { normalisePypiName } from './pypi-name.ts';

/**
 * Python imports name modules, PyPI names distributions, and the two often differ. These are the
 * well-known cases where no rule below finds the distribution from the module — hand-curated for
 * Rampart from the packages' own documentation (the `pip install` line each project's README
 * gives next to its `import`). Keys are module paths (top-level or dotted), values PyPI names.
 */
export const IMPORT_TO_DISTRIBUTION: Readonly<Record<string, string>> = {
  Bio: 'biopython',
  Crypto: 'pycryptodome',
  Cryptodome: 'pycryptodomex',
  MySQLdb: 'mysqlclient',
  OpenSSL: 'pyopenssl',
  PIL: 'pillow',
  Xlib: 'python-xlib',
  _cffi_backend: 'cffi',
  absl: 'absl-py',
  antlr4: 'antlr4-python3-runtime',
  apiclient: 'google-api-python-client',
  argon2: 'argon2-cffi',
  attr: 'attrs',
  bs4: 'beautifulsoup4',
  bson: 'pymongo',
  clr: 'pythonnet',
  community: 'python-louvain',
  corsheaders: 'django-cors-headers',
  crispy_forms: 'django-crispy-forms',
  cv2: 'opencv-python',
  debug_toolbar: 'django-debug-toolbar',
  discord: 'discord-py',
  django_filters: 'django-filter',
  environ: 'django-environ',
  factory: 'factory-boy',
  faiss: 'faiss-cpu',
  fitz: 'pymupdf',
  gi: 'pygobject',
  'google.protobuf': 'protobuf',
  googleapiclient: 'google-api-python-client',
  gridfs: 'pymongo',
  grpc: 'grpcio',
  jwt: 'pyjwt',
  mpl_toolkits: 'matplotlib',
  mysql: 'mysql-connector-python',
  newspaper: 'newspaper3k',
  osgeo: 'gdal',
  pkg_resources: 'setuptools',
  pylab: 'matplotlib',
  pythoncom: 'pywin32',
  pywt: 'pywavelets',
  pywintypes: 'pywin32',
  rest_framework: 'djangorestframework',
  ruamel: 'ruamel-yaml',
  sklearn: 'scikit-learn',
  skimage: 'scikit-image',
  slack: 'slackclient',
  speech_recognition: 'speechrecognition',
  storages: 'django-storages',
  telebot: 'pytelegrambotapi',
  telegram: 'python-telegram-bot',
  tortoise: 'tortoise-orm',
  umap: 'umap-learn',
  vcr: 'vcrpy',
  websocket: 'websocket-client',
  whisper: 'openai-whisper',
  win32api: 'pywin32',
  win32com: 'pywin32',
  win32con: 'pywin32',
  win32gui: 'pywin32',
  xdist: 'pytest-xdist',
  yaml: 'pyyaml',
};

/**
 * The PyPI names (normalised) a module path may be distributed as, most specific first: the
 * curated mapping; namespace packages by their dotted path (`google.cloud.storage` →
 * google-cloud-storage, google-cloud, google); the module's own name; and the usual affixes
 * projects add around a module name (python-dateutil, pyserial, gitpython, kafka-python, dnspython).
 */
export function distributionCandidates(modulePath: string): string[] {
  const parts = modulePath.split('.').filter(Boolean).slice(0, 4);
  if (parts.length === 0) return [];
  const top = parts[0]!;
  const candidates: string[] = [];
  for (let length = parts.length; length >= 1; length -= 1) {
    const mapped = IMPORT_TO_DISTRIBUTION[parts.slice(0, length).join('.')];
    if (mapped) candidates.push(mapped);
  }
  for (let length = parts.length; length >= 1; length -= 1) candidates.push(parts.slice(0, length).join('-'));
  candidates.push(`python-${top}`, `py${top}`, `py-${top}`, `${top}-python`, `${top}python`, `${top}-py`);
  return [...new Set(candidates.map(normalisePypiName))];
}

/**
 * Module names that code in answers imports from its own project (`from models import User`,
 * `import config`): never reported as unverified imports. Checked after the registry, so the ones
 * that are also PyPI names are found there first.
 */
const LOCAL_MODULE_NAMES = new Set(
  (
    'admin agent agents api app application auth bot calculator cli client common config conftest constants controllers core crud ' +
    'data database dataset db dependencies errors example exceptions forms handlers helper helpers lib main manage model models ' +
    'module my_module mymodule my_package mypackage package pipeline predict schemas scraper serializers server service services ' +
    'settings src task tasks test tests tools train urls util utils views wsgi asgi routes router routers'
  ).split(' '),
);

export const isCommonLocalModuleName = (name: string): boolean => LOCAL_MODULE_NAMES.has(name.toLowerCase());
