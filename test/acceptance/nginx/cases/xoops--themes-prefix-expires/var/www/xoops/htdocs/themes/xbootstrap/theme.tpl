<{* theme stand-in *}>
