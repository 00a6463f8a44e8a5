<?php // theme settings form (stand-in)
