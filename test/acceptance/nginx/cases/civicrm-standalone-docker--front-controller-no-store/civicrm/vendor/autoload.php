<?php // stand-in autoloader
