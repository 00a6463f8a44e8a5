<?php
// concatenates admin styles
