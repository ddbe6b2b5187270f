/** `@perhekeskus/core/etela-savo`: the built-in Etelä-Savo region (placeholder until the data lands). */
export {};
