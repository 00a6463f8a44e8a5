<?php

class Parsedown {}
