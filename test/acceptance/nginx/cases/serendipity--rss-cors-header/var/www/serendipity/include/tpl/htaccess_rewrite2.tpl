# BEGIN s9y
# END s9y
