<?php
// concatenates admin js
