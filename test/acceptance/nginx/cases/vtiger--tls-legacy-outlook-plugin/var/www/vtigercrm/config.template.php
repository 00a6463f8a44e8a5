<?php
// template used by the installer
