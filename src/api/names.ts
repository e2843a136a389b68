/** botocore's `xform_name`: `SecretId` → `secret-id`, `ARNs` → `-arns`. */
export function xformName(name: string, sep = '-'): string {
  if (name.includes(sep)) return name;
  let out = name;
  const special = /[A-Z]{2,}s$/.exec(out);
  if (special) out = `${out.slice(0, -special[0].length)}${sep}${special[0].toLowerCase()}`;
  out = out.replace(/(.)([A-Z][a-z]+)/g, `$1${sep}$2`);
  return out.replace(/([a-z0-9])([A-Z])/g, `$1${sep}$2`).toLowerCase();
}
