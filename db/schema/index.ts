export * from "./auth";
export * from "./networks";
export * from "./directory";
export * from "./mail";
