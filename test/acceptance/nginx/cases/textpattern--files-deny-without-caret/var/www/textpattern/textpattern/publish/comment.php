<?php
// comments
