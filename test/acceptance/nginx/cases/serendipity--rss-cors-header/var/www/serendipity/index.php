<?php
// s9y front controller
