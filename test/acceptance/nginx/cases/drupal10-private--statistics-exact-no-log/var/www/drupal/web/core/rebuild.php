<?php // rebuild (stand-in)
