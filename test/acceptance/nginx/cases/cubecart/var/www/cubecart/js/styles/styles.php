<?php
// concatenates styles
