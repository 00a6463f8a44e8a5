<?php // stand-in: legacy mail open tracking pixel (CiviMail)
