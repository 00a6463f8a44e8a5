<?php // default settings template (stand-in)
