<?php
// Group forums.
