<?php
// Public-side bootstrap
