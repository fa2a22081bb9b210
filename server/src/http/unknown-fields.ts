// Fields of a JSON body that its schema does not have. zod drops them without a word, so a
// misspelt field ({"verdcit": …}) was a 200 that changed nothing, or changed the rest and left out
// what the client meant. The shared schemas stay as they are (the client parses with them too);
// the server refuses such bodies at the one place it parses them (validate.ts).
import type { z } from "zod";

interface UnknownField {
  /** From the body's top, e.g. ["claims", "1", "verison"]. */
  path: string[];
  /** The fields the object at that place takes. */
  allowed: string[];
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
}

const defOf = (schema: z.ZodType) => schema._zod.def as unknown as Def;

/** The object or array schema under optional, nullable, default and pipe wrappers, if any. */
function unwrap(schema: z.ZodType): Def {
  let def = defOf(schema);
  for (let depth = 0; depth < 20; depth++) {
    const inner = def.innerType ?? (def.type === "pipe" ? def.in : undefined);
    if (!inner) break;
    def = defOf(inner);
  }
  return def;
}

export function unknownFields(schema: z.ZodType, input: unknown, path: string[] = []): UnknownField[] {
  const def = unwrap(schema);
  if (def.type === "object" && def.shape && isPlainObject(input)) {
    const shape = def.shape;
    const allowed = Object.keys(shape);
    // Own keys only: "__proto__" or "constructor" in a body must not match Object.prototype's.
    return Object.keys(input).flatMap((key) =>
      Object.hasOwn(shape, key)
        ? unknownFields(shape[key]!, input[key], [...path, key])
        : [{ path: [...path, key], allowed }],
    );
  }
  if (def.type === "array" && def.element && Array.isArray(input)) {
    const element = def.element;
    return input.flatMap((item, i) => unknownFields(element, item, [...path, String(i)]));
  }
  return [];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
