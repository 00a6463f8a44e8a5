<?php // core class (stand-in)
