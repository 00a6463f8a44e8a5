<?php
/** Adminer 5.3.0, single file downloaded from adminer.org and renamed (stand-in) */
