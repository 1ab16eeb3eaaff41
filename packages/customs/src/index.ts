// China Customs cross-border e-commerce messages (CEB, 2022-05 edition): pure code, no I/O beyond reading its schemas.
export {};
