<?php
/* elFinder connector: volume roots, upload settings */
