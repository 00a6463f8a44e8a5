<?php
// concatenates js/plugins/*.js
