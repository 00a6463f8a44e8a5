<?php
// database layer
