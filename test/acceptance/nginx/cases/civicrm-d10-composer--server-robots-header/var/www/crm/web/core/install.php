<?php
// Installer (stand-in).
