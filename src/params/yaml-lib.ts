/** The YAML library, in one module the build bundles on its own (dist/yaml.cjs). */
export { parseDocument, isMap, isSeq, isScalar, type Node } from 'yaml';
