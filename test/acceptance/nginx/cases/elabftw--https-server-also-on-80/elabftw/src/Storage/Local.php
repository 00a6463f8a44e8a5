<?php

namespace Elabftw\Storage;

class Local extends AbstractStorage
{
    protected const string FOLDER = 'uploads';
}
