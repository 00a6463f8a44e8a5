<{* template stand-in *}>
