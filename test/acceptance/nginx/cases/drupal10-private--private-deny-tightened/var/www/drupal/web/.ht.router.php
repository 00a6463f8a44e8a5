<?php // router for the PHP built-in server (stand-in)
