<?php
// header snippet
