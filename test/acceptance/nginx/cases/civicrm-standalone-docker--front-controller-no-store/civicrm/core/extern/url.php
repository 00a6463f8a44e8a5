<?php // stand-in: legacy mail click-through redirect (CiviMail)
