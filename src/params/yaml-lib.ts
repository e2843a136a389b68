/** The YAML library, in one module the build bundles on its own (dist/yaml.cjs). */
export { parseDocument, isAlias, isMap, isSeq, isScalar, type Document, type Node } from 'yaml';
