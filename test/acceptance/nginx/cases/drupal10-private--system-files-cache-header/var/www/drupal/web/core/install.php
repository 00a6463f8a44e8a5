<?php // installer (stand-in)
