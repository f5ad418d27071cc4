package nl.midoffice.adapter.verboden;

import com.github.benmanes.caffeine.cache.Caffeine;

/** Violates the adapter rule on purpose: a library outside the adapters' list (the mid-office's cache). */
public class AdapterMetVreemdeBibliotheek {

    public Object cache() {
        return Caffeine.newBuilder().maximumSize(10).build();
    }
}
