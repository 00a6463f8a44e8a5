<?php
// Cache rebuild (stand-in).
