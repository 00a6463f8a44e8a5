<?php
// Mibew Emoji plugin (stand-in for the case)
