// Published files: what `perhekeskus publish` writes beside the embed folder (being built).
export {};
