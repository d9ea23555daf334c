export * from "./auth";
export * from "./networks";
export * from "./directory";
export * from "./members";
export * from "./mail";
export * from "./meetings";
export * from "./serd";
export * from "./training";
