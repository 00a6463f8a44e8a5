<?php
// Core library.
