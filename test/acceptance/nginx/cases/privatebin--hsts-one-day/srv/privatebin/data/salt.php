<?php # |9b1c0e77a4d2f85e3c6b90a1d4e7f203|
