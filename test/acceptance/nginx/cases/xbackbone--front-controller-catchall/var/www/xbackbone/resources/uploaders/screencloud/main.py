# ScreenCloud plugin
