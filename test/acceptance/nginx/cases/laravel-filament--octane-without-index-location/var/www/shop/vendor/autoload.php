<?php
// Stand-in autoloader.
